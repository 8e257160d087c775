from sahelwatch.serve.cli import main

main()
