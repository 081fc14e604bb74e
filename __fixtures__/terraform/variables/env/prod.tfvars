enc_var_file = false
