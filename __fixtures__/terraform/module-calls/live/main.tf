# The child module encrypts by default; this caller turns it off for one
# call, keeps the default for the regional ones, and passes an unknown.
variable "regions" {
  default = ["eu", "us"]
}

module "api" {
  source  = "../modules/api"
  encrypt = false
  stage   = "prod"
}

module "regional" {
  source   = "../modules/api"
  for_each = toset(var.regions)
  stage    = each.key
}

module "imported" {
  source  = "../modules/api"
  encrypt = data.aws_ssm_parameter.encrypt.value
  stage   = "imported"
}

module "never" {
  source = "../modules/api"
  count  = 0
  stage  = "never"
}

module "registry" {
  source  = "terraform-aws-modules/apigateway-v2/aws"
  version = "5.0.0"
}
