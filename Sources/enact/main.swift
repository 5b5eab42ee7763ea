import EnactCommands

Enact.runAndExit()
