# concurrent (pyrs): the package that holds concurrent.futures.
