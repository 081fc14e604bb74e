variable "environment" {
  default = "prod"
}

variable "flags" {
  default = {
    encrypt = "true"
  }
}

variable "nothing" {
  default = null
}

locals {
  is_prod      = var.environment == "prod"
  encrypt      = local.is_prod ? true : false
  prefix       = "v1"
  cache_on     = var.environment != "dev" && !false
  many_paths   = length(["a", "b", "c"]) >= 3
  settings_map = { caching = true }
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "${var.environment}"
  cache_cluster_enabled = local.is_prod
}

resource "aws_api_gateway_method_settings" "conditional" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "${local.prefix}/GET"
  settings {
    caching_enabled      = local.cache_on
    cache_data_encrypted = local.encrypt
  }
}

resource "aws_api_gateway_method_settings" "comparison" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "compare/GET"
  settings {
    caching_enabled      = local.many_paths || var.environment == "dev"
    cache_data_encrypted = var.environment == "dev"
  }
}

resource "aws_api_gateway_method_settings" "try_fallback" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "try/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = try(var.flags.missing, false)
  }
}

resource "aws_api_gateway_method_settings" "try_tobool" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "tobool/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = try(tobool(var.flags.encrypt), false)
  }
}

resource "aws_api_gateway_method_settings" "coalesce" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "coalesce/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = coalesce(var.nothing, true)
  }
}

resource "aws_api_gateway_method_settings" "lookup" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "lookup/GET"
  settings {
    caching_enabled      = lookup(local.settings_map, "caching", false)
    cache_data_encrypted = lookup(local.settings_map, "encrypt", false)
  }
}

resource "aws_api_gateway_method_settings" "null_is_unset" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "null/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.nothing
  }
}
