# stderr-tail: 5
# A failing from-import inside a compound line gets carets under the whole statement.
x = 1; from plain_names_mod import (path,
                                    no_such_name_here)
