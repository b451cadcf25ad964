from foibot.cli import main

main()
