def cleanup_demo(n):
    log = []
    try:
        try:
            log.append("work")
            if n:
                raise ValueError(n)
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("handled")
    finally:
        log.append("outer finally")
    return log
print(cleanup_demo(0))
print(cleanup_demo(1))
