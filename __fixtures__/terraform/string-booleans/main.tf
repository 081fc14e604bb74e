resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "prod"
  cache_cluster_enabled = "false"
}

resource "aws_api_gateway_method_settings" "lower_case" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "lower/GET"
  settings {
    caching_enabled      = "true"
    cache_data_encrypted = "false"
  }
}

resource "aws_api_gateway_method_settings" "mixed_case" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "mixed/GET"
  settings {
    caching_enabled      = "True"
    cache_data_encrypted = "TRUE"
  }
}

resource "aws_api_gateway_method_settings" "odd_word" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "odd/GET"
  settings {
    caching_enabled = "yes"
  }
}
