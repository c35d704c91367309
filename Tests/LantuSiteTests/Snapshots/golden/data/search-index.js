window.LANTU_SEARCH = {"chunks":1,"keys":1,"path":"data/search/"};
