# The stages live in another module or another repository.
resource "aws_api_gateway_method_settings" "by_reference" {
  rest_api_id = var.rest_api_id
  stage_name  = aws_api_gateway_stage.elsewhere.stage_name
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = false
  }
}

resource "aws_api_gateway_method_settings" "by_name" {
  rest_api_id = var.rest_api_id
  stage_name  = "staging"
  method_path = "items/GET"

  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "by_variable" {
  rest_api_id = var.rest_api_id
  stage_name  = var.stage_name
  method_path = "items/POST"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

variable "rest_api_id" {
  type = string
}

variable "stage_name" {
  type = string
}
