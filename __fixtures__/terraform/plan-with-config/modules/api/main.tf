resource "aws_api_gateway_rest_api" "this" {
  name = "child"
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id           = aws_api_gateway_rest_api.this.id
  deployment_id         = "def456"
  stage_name            = "dev"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_method_settings" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  stage_name  = "dev"
  method_path = "{proxy+}/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
