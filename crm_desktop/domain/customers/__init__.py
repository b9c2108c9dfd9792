"""Customer rules: names, phones, e-mails, duplicates, search keys, vocabularies."""
