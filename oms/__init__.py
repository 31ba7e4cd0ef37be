"""The demo OMS: an HTTP service over the OMS tables (`python -m oms`). See oms/app.py for the URL space."""
