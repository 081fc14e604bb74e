variable "enabled" {
  default = false
}

variable "routes" {
  default = {
    orders = "orders/GET"
    pets   = "pets/GET"
  }
}

variable "replicas" {
  type = number
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "api123"
  deployment_id         = "d1"
  stage_name            = "prod"
  cache_cluster_enabled = true
}

resource "aws_api_gateway_method_settings" "count_zero" {
  count       = 0
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "zero/GET"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "count_off" {
  count       = var.enabled ? 1 : 0
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "off/GET"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "for_each_empty_map" {
  for_each    = {}
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "empty-map/GET"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "for_each_empty_set" {
  for_each    = toset([])
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "empty-set/GET"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "counted" {
  count       = 2
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "counted${count.index}/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = count.index == 0
  }
}

resource "aws_api_gateway_method_settings" "each_route" {
  for_each    = var.routes
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = each.value
  settings {
    caching_enabled      = true
    cache_data_encrypted = each.key == "pets"
  }
}

resource "aws_api_gateway_method_settings" "unknown_count" {
  count       = var.replicas
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "replicas/GET"
  settings {
    caching_enabled = true
  }
}
