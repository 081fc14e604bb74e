# Loaded after a.auto.tfvars, so its values win.
enc_auto     = true
enc_var_file = true
