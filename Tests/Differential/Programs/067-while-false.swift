var ran = false
while ran {
    print("never")
}
print("skipped")
