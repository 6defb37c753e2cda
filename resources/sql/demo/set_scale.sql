SELECT set_config('pgsteward.demo_scale', $1, false)
