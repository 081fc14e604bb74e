enc_tfvars      = true
enc_tfvars_json = true
enc_auto        = false
