"""The sync wire protocol shared by the app and the server; it imports neither of them, nor a database or Qt."""
