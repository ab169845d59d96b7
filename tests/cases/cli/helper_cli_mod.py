def who():
    return "helper's __name__ is " + __name__
if __name__ == "__main__":
    print("this must not print when imported")
