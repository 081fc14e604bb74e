enc_auto     = false
enc_var_file = false
