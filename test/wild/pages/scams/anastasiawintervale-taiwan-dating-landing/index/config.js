window.CMS_CONFIG = {
  supabaseUrl: "https://qkbzrcxhoetjzsihlmoz.supabase.co",
  supabaseAnonKey: "sb_publishable_ZofejZwotlhGhfLBOFukqw__YfbJ0O0"
};
