# What Terraform would read; OpenTofu reads main.tofu instead.
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "api123"
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
