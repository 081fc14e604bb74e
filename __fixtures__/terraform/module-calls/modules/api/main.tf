variable "encrypt" {
  type    = bool
  default = true
}
variable "stage" {}
resource "aws_api_gateway_stage" "this" {
  rest_api_id           = "abc"
  deployment_id         = "d"
  stage_name            = var.stage
  cache_cluster_enabled = true
}
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_stage.this.rest_api_id
  stage_name  = aws_api_gateway_stage.this.stage_name
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt
  }
}
