variable "path" {
  type = string
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "plain" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "path1/GET"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "root" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "/GET"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "proxy" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "{proxy+}/GET"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "encoded" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "~1pets~1{id}/get"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "nested" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "pets/{id}/toys/POST"
  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "unknown" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "${var.path}/GET"
  settings {
    caching_enabled = true
  }
}
