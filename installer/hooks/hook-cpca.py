"""PyInstaller hook for cpca (a day's route: Chinese addresses into province, city and district): its division
table (resources/adcodes.csv) is a data file read through pkg_resources at run time, so both come along."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("cpca")
hiddenimports = ["pkg_resources", "pandas"]
