# In another file of the same module: caching without an encryption key.
resource "aws_api_gateway_method_settings" "reports" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "reports/GET"

  settings {
    metrics_enabled = true
    caching_enabled = true
  }
}
