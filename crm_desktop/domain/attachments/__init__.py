"""Attachments: files and photos kept with a customer, contact, deal, order, ticket or visit."""
