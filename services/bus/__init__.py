"""The bus port: publishing records to topics. Kafka for real, a list in memory for unit tests."""
