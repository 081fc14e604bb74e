resource "aws_api_gateway_method_settings" "in_a_good_file" {
  rest_api_id = "api123"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "orders/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
