# -*- coding: utf-8 -*-
# A declared encoding makes 3.9-3.12's parser convert its byte offsets to characters.
label = "日本語" 1
