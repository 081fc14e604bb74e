resource "aws_api_gateway_stage" "warned" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "warned"
  cache_cluster_enabled = true
}

# Logging only: nothing caches on the warned stage.
resource "aws_api_gateway_method_settings" "warned_logging" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.warned.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }
}

# Cluster on, stage-wide encryption on, nothing caches yet: no warning.
resource "aws_api_gateway_stage" "prepared" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "prepared"
  cache_cluster_enabled = "true"
}

resource "aws_api_gateway_method_settings" "prepared_all" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prepared.stage_name
  method_path = "*/*"

  settings {
    cache_data_encrypted = true
  }
}

# Cluster on with no method settings at all.
resource "aws_api_gateway_stage" "bare" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "bare"
  cache_cluster_enabled = true
}
