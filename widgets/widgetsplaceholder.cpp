// replaced by the first widget
