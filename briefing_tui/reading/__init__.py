"""Reading: a file, standard input, HTML or a URL becomes an Article."""
