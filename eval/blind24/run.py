import importlib.util, sys, pathlib
R = pathlib.Path(__file__).resolve().parents[2]; s = importlib.util.spec_from_file_location("eval_blind", R / "scripts" / "eval_blind.py")
eb = importlib.util.module_from_spec(s); s.loader.exec_module(eb)
eb.BLIND = R / "eval" / "blind24"; eb.PRED = eb.BLIND / "pred"
sys.exit(eb.main(sys.argv[1:]))
