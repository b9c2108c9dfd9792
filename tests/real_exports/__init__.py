"""Files written the way other programs export contacts, each with the people an import must find in it."""
