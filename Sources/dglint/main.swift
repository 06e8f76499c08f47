print("dglint")
