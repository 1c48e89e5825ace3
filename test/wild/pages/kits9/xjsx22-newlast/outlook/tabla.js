const tableName = "mano2";
