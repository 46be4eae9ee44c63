#!/usr/bin/env bash
# Trains an ensemble of teachers side by side on one CUDA GPU, then students distilled from it.
#   training/distill.sh MNIST_DIR OUT_DIR DATA_DIR [DATA_DIR...]
# Teachers alternate between the rendered datasets (renders with other `npm run dataset --seed`
# values) for variety. Each run's checkpoint lands in OUT_DIR/NAME/ckpt.pt; export the chosen
# one here with training/export.py, the exporter every shipped model went through.
# PYTHON (default python3) must see CUDA; TEACHERS (default 8) sets the ensemble's size;
# EXTRA adds `--set` overrides to every run (a smoke test on a CPU: EXTRA="device='cpu' epochs=1").
# STUDENT_MINUTES caps each student's time (train.py --max-minutes) on a machine lent for a while.
set -euo pipefail
mnist=$1 out=$2
shift 2
data=("$@")
read -r -a extra <<<"${EXTRA:-}"
py=${PYTHON:-python3}
n=${TEACHERS:-8}
mkdir -p "$out"
run() { # NAME ARGS...: one training run in the background, its log beside its checkpoint
  local name=$1
  shift
  mkdir -p "$out/$name"
  "$py" training/train.py --config training/configs/distill.py --mnist "$mnist" --out "$out/$name" \
    --onnx "$out/$name/symbols.onnx" --meta "$out/$name/symbols.json" "$@" ${extra[@]+--set "${extra[@]}"} >"$out/$name.log" 2>&1 &
}
teachers=()
for i in $(seq 1 "$n"); do
  run "t$i" --data "${data[$(((i - 1) % ${#data[@]}))]}" --set seed=$((100 + i))
  teachers+=("$out/t$i/ckpt.pt")
done
wait
echo "teachers done ($SECONDS s)"
tail -n 2 "$out"/t*.log
student() { run "$1" --teachers "${teachers[@]}" ${STUDENT_MINUTES:+--max-minutes "$STUDENT_MINUTES"} "${@:2}"; }
student s1 --data "${data[0]}" --set seed=1
student s2 --data "${data[0]}" --set seed=2
student s12 --data "${data[0]}" --set seed=1 epochs=12
student st4 --data "${data[0]}" --set seed=1 distill_temperature=4.0 distill_alpha=0.9
student sall --data "${data[@]}" --set seed=1
student swide --data "${data[0]}" --set seed=1 "stages=((32,), (64, 64), (128, 128))" hidden=160
wait
echo "students done ($SECONDS s)"
tail -n 2 "$out"/s*.log
