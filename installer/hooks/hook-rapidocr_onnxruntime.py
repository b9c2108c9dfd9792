"""PyInstaller hook for rapidocr-onnxruntime (business cards): its PP-OCR models (.onnx) and its config.yaml are
data files inside the package, read from there at run time; nothing is downloaded. onnxruntime, OpenCV and Shapely
come with the hooks of pyinstaller-hooks-contrib."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("rapidocr_onnxruntime")
hiddenimports = ["onnxruntime", "cv2", "pyclipper", "shapely", "yaml"]
