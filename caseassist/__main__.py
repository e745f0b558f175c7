from caseassist.cli import main

main()
