resource "aws_api_gateway_rest_api" "public" {
  name = "public"
}

resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
}

# Same stage name on two APIs: only the internal one has a caching method setting.
resource "aws_api_gateway_stage" "public_prod" {
  rest_api_id           = aws_api_gateway_rest_api.public.id
  deployment_id         = "d1"
  stage_name            = "prod"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_stage" "internal_prod" {
  rest_api_id           = aws_api_gateway_rest_api.internal.id
  deployment_id         = "d2"
  stage_name            = "prod"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_method_settings" "internal_all" {
  rest_api_id = aws_api_gateway_rest_api.internal.id
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

# A stage on an API given by its id, linked by the same literal id.
resource "aws_api_gateway_stage" "legacy" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "d3"
  stage_name            = "legacy"
  cache_cluster_enabled = false
}

resource "aws_api_gateway_method_settings" "legacy_all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "legacy"
  method_path = "*/*"

  settings {
    caching_enabled = true
  }
}
