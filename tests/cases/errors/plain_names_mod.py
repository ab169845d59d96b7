# Helper for from_import_error_carets: a module with one name.
path = "p"
