variable "enc_default" {
  type    = bool
  default = false
}

variable "enc_tfvars" {
  type    = bool
  default = false
}

variable "enc_tfvars_json" {
  type    = bool
  default = false
}

variable "enc_auto" {
  type    = bool
  default = false
}

variable "enc_var_file" {
  type    = bool
  default = false
}

variable "enc_missing" {
  type = bool
}

variable "cache" {
  type = object({ enabled = bool })
  default = {
    enabled = true
  }
}
