#!/bin/bash
read -r t
for (( i = 0; i < t; i++ )); do
    read -r year
    if (( year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) )); then
        echo YES
    else
        echo NO
    fi
done
