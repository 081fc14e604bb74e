# Inventory API: a REST API with a response cache, deployed with Terraform.

variable "environment" {
  type    = string
  default = "production"
}

variable "encrypt_cache" {
  description = "Encrypt the responses held in the stage's cache."
  type        = bool
  default     = true
}

locals {
  cache_ttl_seconds = var.environment == "production" ? 300 : 60
}

resource "aws_api_gateway_rest_api" "inventory" {
  name = "inventory-${var.environment}"
}

resource "aws_api_gateway_deployment" "inventory" {
  rest_api_id = aws_api_gateway_rest_api.inventory.id
}

resource "aws_api_gateway_stage" "inventory" {
  rest_api_id           = aws_api_gateway_rest_api.inventory.id
  deployment_id         = aws_api_gateway_deployment.inventory.id
  stage_name            = var.environment
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

# Every method: cached, encrypted through the variable's default.
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.inventory.id
  stage_name  = aws_api_gateway_stage.inventory.stage_name
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt_cache
    cache_ttl_in_seconds = local.cache_ttl_seconds
  }
}

# The stock lookup overrides the stage-wide entry and starts again from the
# API defaults, in which encryption is off.
resource "aws_api_gateway_method_settings" "stock_lookup" {
  rest_api_id = aws_api_gateway_rest_api.inventory.id
  stage_name  = aws_api_gateway_stage.inventory.stage_name
  method_path = "items/{sku}/stock/GET"

  settings {
    caching_enabled      = true
    cache_ttl_in_seconds = 30
  }
}
