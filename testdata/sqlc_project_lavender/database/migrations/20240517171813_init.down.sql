DROP TABLE users;
DROP TABLE client_store;
