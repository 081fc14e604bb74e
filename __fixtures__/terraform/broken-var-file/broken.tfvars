encrypt = true
stage   = 
