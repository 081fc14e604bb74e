resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "prod"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_method_settings" "from_default" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "default/GET"
  settings {
    caching_enabled      = var.cache.enabled
    cache_data_encrypted = var.enc_default
  }
}

resource "aws_api_gateway_method_settings" "from_tfvars" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "tfvars/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.enc_tfvars
  }
}

resource "aws_api_gateway_method_settings" "from_tfvars_json" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "tfvars-json/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.enc_tfvars_json
  }
}

resource "aws_api_gateway_method_settings" "from_auto" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "auto/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.enc_auto
  }
}

resource "aws_api_gateway_method_settings" "from_var_file" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "var-file/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.enc_var_file
  }
}

resource "aws_api_gateway_method_settings" "without_value" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "missing/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.enc_missing
  }
}
