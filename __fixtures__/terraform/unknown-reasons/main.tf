data "aws_ssm_parameter" "encrypt" {
  name = "/api/cache/encrypt"
}

module "settings" {
  source = "./settings"
}

variable "encrypt" {
  type = bool
}

variable "cache" {
  type = bool
}

variable "policy" {
  type    = string
  default = "{\"encrypt\": true}"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "prod"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_method_settings" "data_source" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "data/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = data.aws_ssm_parameter.encrypt.value
  }
}

resource "aws_api_gateway_method_settings" "module_output" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "module/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = module.settings.encrypt
  }
}

resource "aws_api_gateway_method_settings" "resource_attribute" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "resource/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = aws_kms_key.cache.enable_key_rotation
  }
}

resource "aws_api_gateway_method_settings" "unknown_function" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "function/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = jsondecode(var.policy).encrypt
  }
}

resource "aws_api_gateway_method_settings" "variable_without_value" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "variable/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt
  }
}

resource "aws_api_gateway_method_settings" "caching_unknown" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "caching/GET"
  settings {
    caching_enabled = var.cache
  }
}

# Encrypted whatever caching turns out to be.
resource "aws_api_gateway_method_settings" "caching_unknown_encrypted" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "encrypted/GET"
  settings {
    caching_enabled      = var.cache
    cache_data_encrypted = var.encrypt ? true : true
  }
}
