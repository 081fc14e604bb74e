resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "prod"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_method_settings" "broken" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = 
  }
}

resource "aws_api_gateway_method_settings" "after_the_error" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "pets/GET"
  settings {
    caching_enabled = true
  }
}
